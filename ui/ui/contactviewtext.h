#pragma once

#include "engine/contactview.h"
#include "model/linkcorrection.h"

#include <QString>

namespace callbridge::ui {

// The words the card uses for a ContactView, translatable, plain text (caller and Zendesk text is never
// markup). One place, so the card, the agent panel and the notifications say the same.
namespace viewtext {

QString stage(const ContactView &view);       // "Ringing", "On the call", "After the call", …
QString callerTitle(const ContactView &view); // the caller's name, else their number, else "Withheld number"
QString identification(const ContactView &view); // "Identified by phone (caller ID, unverified)", …
QString candidate(const ContactView &view);      // "Ticket #7001 from the IVR: Printer on fire (open)"
QString ticket(const zendesk::Ticket &ticket);   // "#7001  Printer on fire  (open)"
QString ticketStatus(const QString &status); // Zendesk's status in the window's language ("open" → "offen")
QString linked(const ContactView &view);     // "Linked to ticket #7001: Printer on fire (open)"
QString writeState(const ContactView &view); // "Sent to Zendesk", "Waiting for Zendesk — … nothing is lost"
QString othersSharingNumber(const ContactView &view); // "2 other users share this number"
QString planned(const ContactView &view);             // auto mode, before the answer: what will be written
QString user(const zendesk::User &user);              // "Ada Lovelace · ada@example.com · organisation #9"
QString defaultSubject(const ContactView &view, const QString &callerName);
QString updatedAt(const QDateTime &at);
QString correctionRefusal(
    CorrectionRefusal refusal); // why a correction was not made; empty for None // short local date and time

} // namespace viewtext

} // namespace callbridge::ui
