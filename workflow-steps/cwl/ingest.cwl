cwlVersion: v1.2
class: CommandLineTool
id: ingest
label: "protomodel ingest: LHC results into one canonical database.json (+ ingest-report.json)"
doc: |
  Step contract: docs/cli.md. Exit codes 64 usage, 65 invalid input, 66 input missing, 70 internal error,
  73 cannot write; any of them fails the step. Outputs are written under out/ and the manifest last.
$namespaces:
  reana: http://reana.io
hints:
  # by digest, never a moving tag; ci/pin-image.sh rewrites this line after a push (docs/workflow.md)
  DockerRequirement:
    dockerPull: protomodel@sha256:92f80a843893473a7a08ee22bf7bf6d3d42680e8392cef8e5ef1172e4790668c
  reana:
    kubernetes_memory_limit: "4Gi"
baseCommand: [protomodel, ingest]
arguments:
  - {prefix: --out, valueFrom: out, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  toy:
    type: boolean?
    doc: the embedded synthetic toy database
    inputBinding: {prefix: --toy, position: 1}
  smodels_db:
    type:
      - "null"
      - type: array
        items: Directory
        inputBinding: {prefix: --smodels-db}
    doc: SModelS text databases (1.2.x or 3.x)
    inputBinding: {position: 2}
  hepdata:
    type:
      - "null"
      - type: array
        items: Directory
        inputBinding: {prefix: --hepdata}
    doc: folders the catalogue's HEPData record paths are relative to
    inputBinding: {position: 3}
  catalogue:
    type: File?
    doc: which HEPData table is what (docs/schemas/1.0.0/catalogue.json)
    inputBinding: {prefix: --catalogue, position: 4}
  xsec:
    type: Directory?
    doc: reference cross-section tables
    inputBinding: {prefix: --xsec, position: 5}
  combinations:
    type: Directory?
    doc: combination matrices (analysis id -> combinable ids)
    inputBinding: {prefix: --combinations, position: 6}
outputs:
  database:
    type: File
    outputBinding: {glob: out/database.json}
  report:
    type: File
    outputBinding: {glob: out/ingest-report.json}
  manifest:
    type: File
    outputBinding: {glob: out/ingest.manifest.json}
stdout: ingest.stdout
stderr: ingest.log
