cwlVersion: v1.2
class: ExpressionTool
id: gather
label: "gather the per-fake walk folders into one fakewalks/ folder (the fan-in of the scatter)"
requirements:
  InlineJavascriptRequirement: {}
inputs:
  dirs: {type: "Directory[]", doc: "fake-NNNN/ folders of the scattered walks"}
outputs:
  dir: Directory
expression: |
  ${ return {"dir": {"class": "Directory", "basename": "fakewalks", "listing": inputs.dirs}}; }
