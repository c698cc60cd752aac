#include "zendeskwrite.h"

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

QString writeKindName(Write::Kind kind) {
    switch (kind) {
    case Write::Kind::CreateUser:
        return u"CreateUser"_s;
    case Write::Kind::CreateTicket:
        return u"CreateTicket"_s;
    case Write::Kind::UpdateTicket:
        return u"UpdateTicket"_s;
    case Write::Kind::UpdateUser:
        return u"UpdateUser"_s;
    case Write::Kind::AddUserIdentity:
        return u"AddUserIdentity"_s;
    }
    return u"Unknown"_s;
}

std::optional<Write::Kind> writeKindFromName(const QString &name) {
    for (const Write::Kind kind :
         {Write::Kind::CreateUser, Write::Kind::CreateTicket, Write::Kind::UpdateTicket,
          Write::Kind::UpdateUser, Write::Kind::AddUserIdentity}) {
        if (writeKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace callbridge::zendesk
