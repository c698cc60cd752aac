<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>callbridge::ui::AgentPanel</name>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n user found</numerusform>
            <numerusform>%n users found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found</source>
        <translation>
            <numerusform>%n ticket found</numerusform>
            <numerusform>%n tickets found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) requested by this user</source>
        <translation>
            <numerusform>%n ticket requested by this user</numerusform>
            <numerusform>%n tickets requested by this user</numerusform>
        </translation>
    </message>
</context>
</TS>
