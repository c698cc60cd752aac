#include "redaction.h"

#include <QSet>
#include <algorithm>
#include <optional>
#include <vector>

namespace callbridge {

namespace {

// "cardNumber2" → card, number, 2; "api_key" → api, key; "CVV" → cvv.
QStringList wordsOf(const QString &name) {
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << word.toLower();
        word.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!word.isEmpty()) {
            const QChar previous = word.back();
            const bool camelHump = c.isUpper() && previous.isLower();
            const bool digitEdge = c.isDigit() != previous.isDigit();
            if (camelHump || digitEdge)
                flush();
        }
        word += c;
    }
    flush();
    return words;
}

bool hasSecretWords(const QStringList &words) {
    static const QSet<QString> single = {
        QStringLiteral("token"),      QStringLiteral("secret"),       QStringLiteral("password"),
        QStringLiteral("passwd"),     QStringLiteral("pwd"),          QStringLiteral("key"),
        QStringLiteral("pin"),        QStringLiteral("pincode"),      QStringLiteral("cvv"),
        QStringLiteral("cvc"),        QStringLiteral("cvv2"),         QStringLiteral("ssn"),
        QStringLiteral("dob"),        QStringLiteral("otp"),          QStringLiteral("passcode"),
        QStringLiteral("cardnumber"), QStringLiteral("creditcard"),   QStringLiteral("accountnumber"),
        QStringLiteral("iban"),       QStringLiteral("securitycode"), QStringLiteral("birthdate"),
        QStringLiteral("dateofbirth")};
    static const std::vector<std::pair<QString, QString>> pairs = {
        {QStringLiteral("card"), QStringLiteral("number")},
        {QStringLiteral("account"), QStringLiteral("number")},
        {QStringLiteral("credit"), QStringLiteral("card")},
        {QStringLiteral("security"), QStringLiteral("code")},
        {QStringLiteral("birth"), QStringLiteral("date")},
        {QStringLiteral("of"), QStringLiteral("birth")},
        {QStringLiteral("social"), QStringLiteral("security")},
        {QStringLiteral("routing"), QStringLiteral("number")}};
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (single.contains(words.at(i)))
            return true;
        if (i + 1 < words.size()) {
            const std::pair<QString, QString> pair{words.at(i), words.at(i + 1)};
            if (std::find(pairs.begin(), pairs.end(), pair) != pairs.end())
                return true;
        }
    }
    return false;
}

bool luhnValid(const QString &digits) {
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

struct DigitGroup {
    qsizetype begin;
    qsizetype end; // one past the last digit
};

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// Runs of digit groups joined by one space or hyphen: "4111 1111-1111 1111" is one run of four groups.
std::vector<std::vector<DigitGroup>> digitRuns(const QString &text) {
    std::vector<std::vector<DigitGroup>> runs;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isAsciiDigit(text.at(i)) || (i > 0 && isAsciiDigit(text.at(i - 1)))) {
            ++i;
            continue;
        }
        const bool phone = i > 0 && text.at(i - 1) == u'+';
        std::vector<DigitGroup> run;
        while (i < text.size() && isAsciiDigit(text.at(i))) {
            const qsizetype begin = i;
            while (i < text.size() && isAsciiDigit(text.at(i)))
                ++i;
            run.push_back({begin, i});
            const bool joined = i + 1 < text.size() && (text.at(i) == u' ' || text.at(i) == u'-')
                                && isAsciiDigit(text.at(i + 1));
            if (!joined)
                break;
            ++i;
        }
        if (!phone)
            runs.push_back(std::move(run));
    }
    return runs;
}

QString digitsIn(const QString &text, const std::vector<DigitGroup> &run, size_t first, size_t last) {
    QString digits;
    for (size_t g = first; g <= last; ++g)
        digits += text.mid(run[g].begin, run[g].end - run[g].begin);
    return digits;
}

// The connector's own attributes that hold numbers it validates itself (phone numbers, Zendesk ids of 13 or
// more digits): a Luhn match there is a coincidence, and redacting it would lose the call's identity.
const QStringList &numberAttributes() {
    static const QStringList names = {QStringLiteral("customer_number"), QStringLiteral("dialed_number"),
                                      QStringLiteral("zendesk_user"), QStringLiteral("zendesk_ticket")};
    return names;
}

} // namespace

bool isSecretAttributeName(const QString &name) {
    static const QStringList exact = {QStringLiteral("aid"), QStringLiteral("sak"), QStringLiteral("sst"),
                                      QStringLiteral("cfg")};
    const QString trimmed = name.trimmed();
    if (exact.contains(trimmed, Qt::CaseInsensitive))
        return true;
    return hasSecretWords(wordsOf(trimmed));
}

QString redactCardNumbers(const QString &text, bool *changed) {
    constexpr int kMinDigits = 13;
    constexpr int kMaxDigits = 19;
    std::vector<std::pair<qsizetype, qsizetype>> spans; // [begin, end) to replace
    for (const std::vector<DigitGroup> &run : digitRuns(text)) {
        size_t first = 0;
        while (first < run.size()) {
            // The longest Luhn-valid stretch of whole groups that starts here.
            std::optional<size_t> match;
            for (size_t last = first; last < run.size(); ++last) {
                const QString digits = digitsIn(text, run, first, last);
                if (digits.size() > kMaxDigits)
                    break;
                if (digits.size() >= kMinDigits && luhnValid(digits))
                    match = last;
            }
            if (match) {
                spans.emplace_back(run[first].begin, run[*match].end);
                first = *match + 1;
            } else {
                ++first;
            }
        }
    }
    if (changed)
        *changed = !spans.empty();
    QString result = text;
    for (auto it = spans.rbegin(); it != spans.rend(); ++it)
        result.replace(it->first, it->second - it->first, QString::fromUtf16(kRedacted));
    return result;
}

bool looksLikeSecret(const QString &value) {
    constexpr int kMinTokenChars = 16;
    bool card = false;
    redactCardNumbers(value, &card);
    if (card)
        return true;
    int length = 0;
    bool letters = false;
    bool digits = false;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const QChar c = i < value.size() ? value.at(i) : QChar();
        if (i < value.size() && c.isLetterOrNumber()) {
            ++length;
            letters = letters || c.isLetter();
            digits = digits || c.isDigit();
            continue;
        }
        if (length >= kMinTokenChars && letters && digits)
            return true;
        length = 0;
        letters = digits = false;
    }
    return false;
}

NoteAttributeRule parseNoteAttributeRule(const QString &text, bool *ok) {
    NoteAttributeRule rule;
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return rule;
    rule.allowListOnly = true;
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return rule;
    const QStringList parts = trimmed.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        const bool valid =
            !name.isEmpty() && name.size() <= 128 && std::all_of(name.begin(), name.end(), [](QChar c) {
                return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
            });
        if (!valid) {
            *ok = false;
            return {};
        }
        rule.names << name;
    }
    *ok = !rule.names.isEmpty();
    return rule;
}

QHash<QString, QString> redactAttributes(QHash<QString, QString> attributes, QStringList *redactedNames) {
    const QString redacted = QString::fromUtf16(kRedacted);
    QStringList names;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (isSecretAttributeName(it.key()))
            it.value() = redacted;
        else if (!numberAttributes().contains(it.key()))
            it.value() = redactCardNumbers(it.value());
        if (it.value().contains(redacted))
            names << it.key();
    }
    std::sort(names.begin(), names.end());
    if (redactedNames)
        *redactedNames = names;
    return attributes;
}

} // namespace callbridge
