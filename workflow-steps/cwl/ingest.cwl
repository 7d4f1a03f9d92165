cwlVersion: v1.2
class: CommandLineTool
id: ingest
label: "protomodel ingest: LHC results into one canonical database.json (+ ingest-report.json)"
doc: |
  Step contract: docs/cli.md. Writes the folder ingest/ as `protomodel pipeline` does. A non-zero exit
  (64 usage, 65 invalid input, 66 input missing, 70 internal error, 73 cannot write) fails the step.
$namespaces:
  reana: http://reana.io
hints:
  # by digest, never a moving tag; ci/pin-image.sh rewrites this line after a push (docs/workflow.md)
  DockerRequirement:
    dockerPull: protomodel@sha256:9a57a3a97a632b9571d626979f1aa37db7f3f69df8d2ab54d81d6ca476bb4cbd
  reana:
    kubernetes_memory_limit: "4Gi"
baseCommand: [protomodel, ingest]
arguments:
  - {prefix: --out, valueFrom: ingest, position: 0}
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
  hepdata_schemas:
    type: Directory?
    doc: the official HEPData JSON schemas (one folder per version); without them no schema check of the records
    inputBinding: {prefix: --hepdata-schemas, position: 7}
outputs:
  dir:
    type: Directory
    doc: database.json, ingest-report.json, ingest.manifest.json
    outputBinding: {glob: ingest}
stdout: ingest.stdout
stderr: ingest.log
