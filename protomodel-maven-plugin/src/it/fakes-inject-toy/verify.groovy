// protomodel:fakes with the planted protomodel injected (technical closure settings), then protomodel:pvalues
// on the first fake under the SM and under the injected model; protomodel:walk over the fakes.
def index = new File(basedir, 'target/fakes/fakes.json')
assert index.isFile() : 'missing fakes.json'
def text = index.text.replaceAll('\\s', '')
assert text.contains('"fixedBackgrounds":true') && text.contains('"fixedSignals":true')
assert text.contains('"maxMassDistance":150') : 'the mass distance is recorded'
assert text.contains('"file":"planted.json"') : 'the injected model is recorded'
def fake = new File(basedir, 'target/fakes/fakes/fake-0000.json').text.replaceAll('\\s', '')
assert fake.contains('"kind":"injected"')
assert fake.contains('"observedLimits"') : 'upper-limit maps raised near the planted masses'
assert new File(basedir, 'target/pvalues/pvalues.json').isFile() : 'missing pvalues.json'
assert new File(basedir, 'target/pvalues/plots/pvalues-sm-vs-protomodel.png').isFile()
// protomodel:walk with fakes: one folder per fake; the fakeRange 1:2 run gives fake 1's bytes again
['fake-0000', 'fake-0001'].each { f ->
    assert new File(basedir, "target/fakewalks/${f}/hiscores.json").isFile() : "missing ${f}/hiscores.json"
}
assert !new File(basedir, 'target/fakewalk-1/fake-0000').exists() : 'fakeRange 1:2 walks only fake 1'
['hiscores.json', 'history.jsonl'].each { f ->
    assert new File(basedir, "target/fakewalk-1/fake-0001/${f}").bytes == new File(basedir, "target/fakewalks/fake-0001/${f}").bytes : "${f} differs"
}
return true
