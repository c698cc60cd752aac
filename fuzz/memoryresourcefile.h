#pragma once
// One file held in memory and registered as a Qt resource (the rcc binary format, version 1), so that
// ":<root>/<name>" reads `contents` through QFile and QSettings without touching the file system.
#include <QByteArray>
#include <QResource>
#include <QString>

class MemoryResourceFile {
public:
    MemoryResourceFile(const QString &root, const QString &name, const QByteArray &contents)
        : m_root(root) {
        QByteArray tree;
        appendDirectory(tree, 1, 1); // node 0, the root: one child, node 1
        appendFile(tree);            // node 1: the file (its name and its data both at offset 0)
        QByteArray data;
        append32(data, quint32(contents.size()));
        data += contents;
        const quint32 header = 20;
        m_blob = QByteArrayLiteral("qres");
        append32(m_blob, 1); // format version
        append32(m_blob, header);
        append32(m_blob, header + quint32(tree.size()));
        append32(m_blob, header + quint32(tree.size() + data.size()));
        m_blob += tree + data + nameEntry(name);
        m_registered =
            QResource::registerResource(reinterpret_cast<const uchar *>(m_blob.constData()), m_root);
    }
    ~MemoryResourceFile() {
        if (m_registered)
            QResource::unregisterResource(reinterpret_cast<const uchar *>(m_blob.constData()), m_root);
    }
    MemoryResourceFile(const MemoryResourceFile &) = delete;
    MemoryResourceFile &operator=(const MemoryResourceFile &) = delete;

    bool isRegistered() const { return m_registered; }

private:
    static void append16(QByteArray &out, quint16 value) { out.append(char(value >> 8)).append(char(value)); }
    static void append32(QByteArray &out, quint32 value) {
        append16(out, quint16(value >> 16));
        append16(out, quint16(value));
    }
    // The hash Qt's resource lookup searches a directory's children by.
    static quint32 hashOf(const QString &name) {
        quint32 h = 0;
        for (const QChar c : name) {
            h = (h << 4) + c.unicode();
            h ^= (h & 0xf0000000) >> 23;
            h &= 0x0fffffff;
        }
        return h;
    }
    static QByteArray nameEntry(const QString &name) {
        QByteArray out;
        append16(out, quint16(name.size()));
        append32(out, hashOf(name));
        for (const QChar c : name)
            append16(out, c.unicode());
        return out;
    }
    static void appendDirectory(QByteArray &out, quint32 children, quint32 firstChild) {
        append32(out, 0);    // name offset (the root's name is not read)
        append16(out, 0x02); // a directory
        append32(out, children);
        append32(out, firstChild);
    }
    static void appendFile(QByteArray &out) {
        append32(out, 0); // name offset
        append16(out, 0); // a plain, uncompressed file
        append16(out, 0); // territory: any
        append16(out, 1); // language: C, what a lookup without a locale matches
        append32(out, 0); // data offset
    }

    QString m_root;
    QByteArray m_blob;
    bool m_registered = false;
};
