cwlVersion: v1.2
class: CommandLineTool
id: report
label: "protomodel report: static report/index.html and summary.md from the stage folders"
doc: |
  The stage folders are staged as ingest/, walk/, combine/, fakes/, pvalues/ under the working directory, the results layout
  `protomodel report --results` reads. Step contract: docs/cli.md.
$namespaces:
  reana: http://reana.io
hints:
  DockerRequirement:
    dockerPull: protomodel@sha256:9a57a3a97a632b9571d626979f1aa37db7f3f69df8d2ab54d81d6ca476bb4cbd
  reana:
    kubernetes_memory_limit: "2Gi"
requirements:
  InitialWorkDirRequirement:
    listing:
      - {entryname: ingest, entry: $(inputs.ingest)}
      - {entryname: walk, entry: $(inputs.walk)}
      - {entryname: combine, entry: $(inputs.combine)}
      - {entryname: fakes, entry: $(inputs.fakes)}
      - {entryname: pvalues, entry: $(inputs.pvalues)}
baseCommand: [protomodel, report]
arguments:
  - {prefix: --results, valueFrom: ., position: 0}
  - {prefix: --out, valueFrom: report, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest: {type: Directory, doc: "ingest/ from ingest.cwl"}
  walk: {type: Directory, doc: "walk/ from walk.cwl (best protomodel, K per step)"}
  combine: {type: Directory, doc: "combine/ from combine.cwl (score.json of the best protomodel)"}
  fakes: {type: Directory, doc: "fakes/ from fakes.cwl"}
  pvalues: {type: Directory, doc: "pvalues/ from pvalues.cwl"}
outputs:
  dir:
    type: Directory
    doc: index.html, summary.md, the plots, report.manifest.json
    outputBinding: {glob: report}
stdout: report.stdout
stderr: report.log
