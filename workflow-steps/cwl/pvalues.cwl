cwlVersion: v1.2
class: CommandLineTool
id: pvalues
label: "protomodel pvalues: SM p-value of every signal region, their distribution, plots"
doc: |
  Reads ingest/database.json (the ingest folder staged as ingest/, the layout of `protomodel pipeline`), writes pvalues/.
  Step contract: docs/cli.md.
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
      - {entryname: fakewalks, entry: $(inputs.fakewalks)}
baseCommand: [protomodel, pvalues]
arguments:
  - {prefix: --database, valueFrom: ingest/database.json, position: 0}
  - {prefix: --protomodel, valueFrom: walk/hiscores.json, position: 0}
  - {prefix: --observed-hiscores, valueFrom: walk/hiscores.json, position: 0}
  - {prefix: --fake-hiscores, valueFrom: fakewalks, position: 0}
  - {prefix: --out, valueFrom: pvalues, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest:
    type: Directory
    doc: the ingest/ folder (database.json, ...), staged as ingest/
  walk:
    type: Directory
    doc: the walk on the data (walk.cwl), staged as walk/; its best protomodel is the signal hypothesis and its best K the observed one
  fakewalks:
    type: Directory
    doc: one walk folder per fake (gather.cwl), staged as fakewalks/; their best K values make the K distribution
  error_scale:
    type: double?
    doc: multiply every background uncertainty by this factor (tool default 1)
    inputBinding: {prefix: --error-scale, position: 1}
  subsets:
    type:
      - "null"
      - type: array
        items: string
        inputBinding: {prefix: --subset}
    doc: named subsets of analyses, NAME=REGEX on the analysis id
    inputBinding: {position: 2}
outputs:
  dir:
    type: Directory
    doc: pvalues.json, plots/*.png|svg, pvalues.manifest.json
    outputBinding: {glob: pvalues}
stdout: pvalues.stdout
stderr: pvalues.log
