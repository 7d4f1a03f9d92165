// protomodel:walk on the toy database, 2 walkers x 5 steps: hiscores, history (one line per step), checkpoints, manifest;
// the same walk in two parts merged by protomodel:walk-merge gives the same bytes.
def out = new File(basedir, 'target/walk')
['hiscores.json', 'history.jsonl', 'walk.manifest.json', 'checkpoints/walker-0000.json', 'checkpoints/walker-0001.json'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}
def hiscores = new File(out, 'hiscores.json').text
assert hiscores.contains('"kind":"hiscores"')
assert hiscores.contains('"profile":"v2"')
def lines = new File(out, 'history.jsonl').readLines()
assert lines.size() == 10 : "expected 2 x 5 history lines, got ${lines.size()}"
assert lines[0].startsWith('{"K":') || lines[0].contains('"walker":0')
assert new File(basedir, 'build.log').text.contains('hiscores: ')
// walkerRange 0:1 and 1:2, joined by protomodel:walk-merge: every file of the one-job walk, byte for byte
assert new File(basedir, 'target/part-0/hiscores.json').text.contains('"walkerRange"')
def merged = new File(basedir, 'target/merged')
['hiscores.json', 'history.jsonl', 'walk.manifest.json', 'checkpoints/walker-0000.json', 'checkpoints/walker-0001.json'].each {
    assert Arrays.equals(new File(out, it).bytes, new File(merged, it).bytes) : "merged ${it} differs from the one-job walk"
}
return true
