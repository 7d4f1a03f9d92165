// The toy pipeline through the Maven goal: every stage's outputs and manifest, and the report.
def out = new File(basedir, 'target/toy')
['ingest/database.json', 'ingest/ingest.manifest.json', 'walk/hiscores.json', 'walk/history.jsonl',
 'combine/combinability.json', 'combine/score.json', 'fakes/fakes.json', 'fakes/fakes/fake-0002.json',
 'fakewalks/fake-0002/hiscores.json', 'pvalues/pvalues.json', 'report/index.html', 'report/summary.md'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}
def report = new File(out, 'ingest/ingest-report.json').text
assert report.contains('"analyses":8') : report
assert new File(out, 'pvalues/pvalues.json').text.contains('"global"') : 'global p-value from the fakes\' walks'
assert new File(basedir, 'build.log').text.contains('report: ')
return true
