// protomodel:report on the toy database with a protomodel (the planted stop) and a score fixture:
// the page, its summary, the spectrum plot and the SLHA file, no NaN, the image digest in the provenance.
def out = new File(basedir, 'target/toy/report')
['index.html', 'summary.md', 'mass-spectrum.png', 'mass-spectrum.svg', 'likelihood-curves.png', 'protomodel.slha',
 'report.manifest.json'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}
def html = new File(out, 'index.html').text
assert !html.contains('NaN')
assert html.contains('From the file stop.json')
assert html.contains('sha256:0000')
assert html.contains('Not run: no walk output')
assert new File(out, 'protomodel.slha').text.contains('BLOCK MASS')
assert new File(basedir, 'build.log').text.contains('report: ')
return true
