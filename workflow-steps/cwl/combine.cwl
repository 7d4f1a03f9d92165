cwlVersion: v1.2
class: CommandLineTool
id: combine
label: "protomodel combine: combinability matrix and the score of the walk's best protomodel"
doc: |
  combinability.json (which analyses may be combined, with the rule of each pair) and score.json (K, Z, the best
  combination, critics, likelihood curves) of rank 1 of walk/hiscores.json. Step contract: docs/cli.md.
$namespaces:
  reana: http://reana.io
hints:
  DockerRequirement:
    dockerPull: protomodel@sha256:9a57a3a97a632b9571d626979f1aa37db7f3f69df8d2ab54d81d6ca476bb4cbd
  reana:
    kubernetes_memory_limit: "4Gi"
requirements:
  InitialWorkDirRequirement:
    listing:
      - {entryname: ingest, entry: $(inputs.ingest)}
      - {entryname: walk, entry: $(inputs.walk)}
baseCommand: [protomodel, combine]
arguments:
  - {prefix: --database, valueFrom: ingest/database.json, position: 0}
  - {prefix: --protomodel, valueFrom: walk/hiscores.json, position: 0}
  - {prefix: --out, valueFrom: combine, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest: {type: Directory, doc: "ingest/ from ingest.cwl"}
  walk: {type: Directory, doc: "walk/ from walk.cwl"}
  profile:
    type: string?
    doc: paper2020, v2 or efficient (tool default v2)
    inputBinding: {prefix: --profile, position: 1}
outputs:
  dir:
    type: Directory
    doc: combinability.json, score.json, combine.manifest.json
    outputBinding: {glob: combine}
stdout: combine.stdout
stderr: combine.log
