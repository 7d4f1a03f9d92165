// protomodel:combine on the toy database: combinability.json (symmetric, with reasons) and its manifest.
def out = new File(basedir, 'target/combine/combinability.json')
assert out.isFile() : 'missing combinability.json'
assert new File(basedir, 'target/combine/combine.manifest.json').isFile() : 'missing manifest'
def text = out.text
assert text.contains('"kind":"combinability"')
assert text.contains('different collaborations')
assert text.contains('ATLAS-TOY-13-002')
return true
