cwlVersion: v1.2
class: ExpressionTool
id: walker-ranges
label: "cut N walkers (or fakes) into consecutive near-equal ranges FROM:TO (the fan-out over machines)"
doc: |
  walkers = N, chunks = K (1 <= K; more chunks than walkers give one walker per part): K ranges, the first
  N mod K of them one walker larger, as WalkerRange.chunks in the Java code. walk-part.cwl runs one range each;
  analysis.cwl cuts the fakes the same way (walkers = nfakes) for walk-fakes.cwl.
requirements:
  InlineJavascriptRequirement: {}
inputs:
  walkers: {type: int, doc: "walkers N of the whole run"}
  chunks: {type: int, doc: "number of parts K"}
outputs:
  ranges: string[]
expression: |
  ${
    if (inputs.chunks < 1 || inputs.walkers < 1) {
      throw "walker_chunks and walkers must be >= 1, got " + inputs.chunks + " and " + inputs.walkers;
    }
    var k = Math.min(inputs.chunks, inputs.walkers);
    var base = Math.floor(inputs.walkers / k);
    var extra = inputs.walkers % k;
    var ranges = [];
    for (var i = 0; i < k; i++) {
      var from = i * base + Math.min(i, extra);
      var to = from + base + (i < extra ? 1 : 0);
      ranges.push(from + ":" + to);
    }
    return {"ranges": ranges};
  }
