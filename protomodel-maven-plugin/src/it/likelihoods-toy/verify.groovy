// protomodel:likelihoods on the toy database (no workspaces folder): likelihoods.json and its manifest.
def out = new File(basedir, 'target/likelihoods/likelihoods.json')
assert out.isFile() : 'missing likelihoods.json'
assert new File(basedir, 'target/likelihoods/likelihoods.manifest.json').isFile() : 'missing manifest'
def text = out.text
assert text.contains('"model":"truncated-gaussian"')
assert text.contains('"model":"slv1"')
assert text.contains('"status":"not-checked"')
return true
