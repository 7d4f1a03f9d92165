cwlVersion: v1.2
class: CommandLineTool
id: walk-merge
label: "protomodel walk-merge: the parts of a walk (fan-in) into the walk/ folder one full run writes"
doc: |
  Joins the walkers-FROM-TO/ folders of walk-part.cwl: hiscores.json and history.jsonl byte-identical to one run
  with all walkers, the checkpoints copied, the full run's walk.manifest.json. Fails (exit 64) on parts of
  different runs or walker ranges that overlap or leave a gap. Formats: docs/walk.md.
$namespaces:
  reana: http://reana.io
hints:
  DockerRequirement:
    dockerPull: protomodel@sha256:9a57a3a97a632b9571d626979f1aa37db7f3f69df8d2ab54d81d6ca476bb4cbd
  reana:
    kubernetes_memory_limit: "4Gi"
baseCommand: [protomodel, walk-merge]
arguments:
  - {prefix: --out, valueFrom: walk, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  parts:
    type: Directory[]
    doc: the walkers-FROM-TO/ folders (any order); together they must hold walkers 0..N-1 once each
    inputBinding: {position: 1}
outputs:
  dir:
    type: Directory
    doc: walk/ with hiscores.json, history.jsonl, checkpoints/, walk.manifest.json (as walk.cwl writes it)
    outputBinding: {glob: walk}
stdout: walk-merge.stdout
stderr: walk-merge.log
