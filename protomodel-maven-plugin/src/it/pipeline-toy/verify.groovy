// The toy pipeline through the Maven goal: every stage's outputs and manifest, and the report.
def out = new File(basedir, 'target/toy')
['ingest/database.json', 'ingest/ingest.manifest.json', 'fakes/fakes.json', 'fakes/fakes/fake-0002.json',
 'pvalues/pvalues.json', 'report/index.html', 'report/summary.md'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}
def report = new File(out, 'ingest/ingest-report.json').text
assert report.contains('"analyses":8') : report
assert new File(basedir, 'build.log').text.contains('report: ')
return true
