cwlVersion: v1.2
class: ExpressionTool
id: gather
label: "gather the fake-NNNN/ walk folders of every fake range into one fakewalks/ folder (the fan-in of the scatter)"
requirements:
  InlineJavascriptRequirement: {}
inputs:
  parts:
    type: {type: array, items: {type: array, items: Directory}}
    doc: per scatter job (fake range), its fake-NNNN/ folders
outputs:
  dir: Directory
expression: |
  ${
    var dirs = [];
    for (var i = 0; i < inputs.parts.length; i++) {
      dirs = dirs.concat(inputs.parts[i]);
    }
    return {"dir": {"class": "Directory", "basename": "fakewalks", "listing": dirs}};
  }
