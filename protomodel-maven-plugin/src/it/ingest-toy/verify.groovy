// protomodel:ingest on the toy database, twice: byte-identical database.json, report and manifest.
import java.security.MessageDigest
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
['database.json', 'ingest-report.json', 'ingest.manifest.json'].each {
    def a = new File(basedir, "target/a/${it}")
    def b = new File(basedir, "target/b/${it}")
    assert a.isFile() && b.isFile() : "missing ${it}"
    assert sha(a) == sha(b) : "${it} differs between two runs"
}
assert new File(basedir, 'target/a/database.json').text.contains('"id":"ATLAS-TOY-13-005"')
return true
