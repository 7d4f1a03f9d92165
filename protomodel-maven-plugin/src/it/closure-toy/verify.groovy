// protomodel:closure on the toy database, 1 fake x 2 walkers x 10 steps: injected fakes, walks, closure.json.
def out = new File(basedir, 'target/closure')
['fakes/fakes.json', 'walks/fake-0000/hiscores.json', 'closure/closure.json', 'closure/closure.manifest.json'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}
def doc = new groovy.json.JsonSlurper().parse(new File(out, 'closure/closure.json'))
assert doc.kind == 'closure'
assert doc.outcomes.size() == 2 : "one outcome per walker"
assert doc.injected['1000006'] == 800.0 : "the toy's planted stop"
assert doc.total == 2 && doc.pass == true
assert new File(basedir, 'build.log').text.contains('recovery: ')
return true
