#include "ccpsnapshot.h"

#include "ccpsimulator.h"

#include <QJsonArray>

namespace callbridge::sandbox {

namespace {

QJsonValue timestamp(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject queueJson(const QString &name, const QString &arn) {
    return {
        {QStringLiteral("queueARN"), arn}, {QStringLiteral("queueId"), arn}, {QStringLiteral("name"), name}};
}

QJsonObject phoneEndpoint(const QString &phoneNumber) {
    return {{QStringLiteral("endpointARN"), QJsonValue::Null},
            {QStringLiteral("type"), QStringLiteral("phone_number")},
            {QStringLiteral("name"), phoneNumber},
            {QStringLiteral("phoneNumber"), phoneNumber},
            {QStringLiteral("agentLogin"), QJsonValue::Null},
            {QStringLiteral("queue"), QJsonValue::Null}};
}

QJsonObject agentEndpoint(const CcpAgentProfile &profile) {
    return {{QStringLiteral("endpointARN"), profile.agentArn()},
            {QStringLiteral("type"), QStringLiteral("agent")},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("phoneNumber"), QJsonValue::Null},
            {QStringLiteral("agentLogin"), profile.username},
            {QStringLiteral("queue"), QJsonValue::Null}};
}

QJsonObject stateJson(const QString &type, const QDateTime &since) {
    return {{QStringLiteral("type"), type}, {QStringLiteral("timestamp"), timestamp(since)}};
}

QJsonObject connectionJson(const CcpConnection &connection, const QJsonObject &endpoint) {
    const QJsonObject state = stateJson(connection.state, connection.stateSince);
    return {{QStringLiteral("connectionId"), connection.connectionId},
            {QStringLiteral("type"), connection.type},
            {QStringLiteral("initial"), connection.initial},
            {QStringLiteral("state"), state},
            {QStringLiteral("status"), state},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("address"), endpoint},
            {QStringLiteral("softphoneMediaInfo"), QJsonValue::Null},
            {QStringLiteral("mute"), false},
            {QStringLiteral("forcedMute"), false}};
}

QJsonObject attributesJson(const CcpContact &contact) {
    QJsonObject attributes;
    for (const auto &[name, value] : contact.attributes) {
        attributes.insert(name,
                          QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    }
    return attributes;
}

QJsonObject contactJson(const CcpContact &contact, const CcpAgentProfile &profile) {
    const QJsonObject state = stateJson(contact.state, contact.stateSince);
    const QJsonArray connections{connectionJson(contact.agent, agentEndpoint(profile)),
                                 connectionJson(contact.customer, phoneEndpoint(contact.customerPhone))};
    return {{QStringLiteral("contactId"), contact.contactId},
            {QStringLiteral("initialContactId"), contact.initialContactId},
            {QStringLiteral("type"), contact.type},
            {QStringLiteral("state"), state},
            {QStringLiteral("status"), state},
            {QStringLiteral("queue"), queueJson(contact.queueName, contact.queueArn)},
            {QStringLiteral("queueTimestamp"), timestamp(contact.queuedAt)},
            {QStringLiteral("attributes"), attributesJson(contact)},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("initiationMethod"), contact.initiationMethod},
            {QStringLiteral("customerEndpoint"), phoneEndpoint(contact.customerPhone)},
            {QStringLiteral("connectSystemEndpoint"), phoneEndpoint(contact.systemPhone)},
            {QStringLiteral("contactFeatures"), QJsonObject{{QStringLiteral("attachmentsEnabled"), false}}},
            {QStringLiteral("name"), QJsonValue::Null},
            {QStringLiteral("description"), QJsonValue::Null},
            {QStringLiteral("references"), QJsonObject{}},
            {QStringLiteral("segmentAttributes"), QJsonObject{}}};
}

QJsonObject agentStateJson(const CcpAgentProfile &profile, const CcpAgentState &state,
                           const QDateTime &since) {
    const bool system = state.type == QLatin1String("system");
    return {
        {QStringLiteral("agentStateARN"),
         system ? QJsonValue(QJsonValue::Null)
                : QJsonValue(profile.instanceArn() + QStringLiteral("/agent-state/") + state.name.toLower())},
        {QStringLiteral("name"), state.name},
        {QStringLiteral("type"), state.type},
        {QStringLiteral("startTimestamp"), timestamp(since)}};
}

} // namespace

QJsonObject ccpConfigurationJson(const CcpSimulator &simulator) {
    const CcpAgentProfile &profile = simulator.profile();
    QJsonArray states;
    for (const CcpAgentState &state : simulator.agentStates()) {
        QJsonObject json = agentStateJson(profile, state, {});
        json.insert(QStringLiteral("startTimestamp"), QJsonValue::Null);
        states.append(json);
    }
    const QJsonObject defaultQueue =
        queueJson(profile.defaultQueueName, profile.queueArn(profile.defaultQueueName));
    const QJsonArray queues{defaultQueue, queueJson(QString(), profile.agentQueueArn())};
    const QJsonObject routingProfile{
        {QStringLiteral("name"), profile.routingProfileName},
        {QStringLiteral("routingProfileARN"), profile.routingProfileArn()},
        {QStringLiteral("routingProfileId"), profile.routingProfileArn()},
        {QStringLiteral("defaultOutboundQueue"), defaultQueue},
        {QStringLiteral("queues"), queues},
        {QStringLiteral("channelConcurrencyMap"), QJsonObject{{QStringLiteral("VOICE"), 1},
                                                              {QStringLiteral("CHAT"), 0},
                                                              {QStringLiteral("TASK"), 0}}}};
    return {
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("username"), profile.username},
        {QStringLiteral("agentARN"), profile.agentArn()},
        {QStringLiteral("softphoneEnabled"), profile.softphoneEnabled},
        {QStringLiteral("softphoneAutoAccept"), false},
        {QStringLiteral("extension"), profile.extension},
        {QStringLiteral("agentPreferences"),
         QJsonObject{{QStringLiteral("LANGUAGE"), QStringLiteral("en_US")}}},
        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("outboundCall")}},
        {QStringLiteral("agentStates"), states},
        {QStringLiteral("dialableCountries"),
         QJsonArray{QStringLiteral("us"), QStringLiteral("ca"), QStringLiteral("gb"), QStringLiteral("de"),
                    QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("au")}},
        {QStringLiteral("routingProfile"), routingProfile}};
}

QJsonObject ccpSnapshotJson(const CcpSimulator &simulator) {
    const CcpAgentProfile &profile = simulator.profile();
    const CcpAgentState effective = simulator.effectiveState();
    QJsonArray contacts;
    for (const CcpContact &contact : simulator.liveContacts())
        contacts.append(contactJson(contact, profile));
    const QJsonObject selected =
        agentStateJson(profile, simulator.selectedState(), simulator.selectedStateSince());
    return {{QStringLiteral("state"), agentStateJson(profile, effective, simulator.effectiveStateSince())},
            {QStringLiteral("nextState"), QJsonValue::Null},
            {QStringLiteral("agentAvailabilityState"),
             QJsonObject{{QStringLiteral("state"), selected.value(QStringLiteral("name"))},
                         {QStringLiteral("timeStamp"), selected.value(QStringLiteral("startTimestamp"))}}},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("snapshotTimestamp"), timestamp(simulator.now())},
            {QStringLiteral("skew"), 0}};
}

QJsonObject ccpAgentUpdateJson(const CcpSimulator &simulator) {
    return {{QStringLiteral("version"), static_cast<double>(simulator.version())},
            {QStringLiteral("configuration"), ccpConfigurationJson(simulator)},
            {QStringLiteral("snapshot"), ccpSnapshotJson(simulator)}};
}

QJsonObject ccpContactStatusJson(const CcpContact &contact) {
    QJsonObject attributes;
    for (const auto &[name, value] : contact.attributes)
        attributes.insert(name, value);
    return {{QStringLiteral("contactId"), contact.contactId},
            {QStringLiteral("initialContactId"), contact.initialContactId},
            {QStringLiteral("type"), contact.type},
            {QStringLiteral("state"), contact.state},
            {QStringLiteral("stateSince"), timestamp(contact.stateSince)},
            {QStringLiteral("direction"),
             contact.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
            {QStringLiteral("initiationMethod"), contact.initiationMethod},
            {QStringLiteral("from"), contact.inbound ? contact.customerPhone : contact.systemPhone},
            {QStringLiteral("to"), contact.inbound ? contact.systemPhone : contact.customerPhone},
            {QStringLiteral("queue"), queueJson(contact.queueName, contact.queueArn)},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("agentConnection"), contact.agent.state},
            {QStringLiteral("customerConnection"), contact.customer.state},
            {QStringLiteral("createdAt"), timestamp(contact.createdAt)}};
}

} // namespace callbridge::sandbox
