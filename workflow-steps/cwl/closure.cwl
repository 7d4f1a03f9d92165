cwlVersion: v1.2
class: CommandLineTool
id: closure
label: "protomodel closure: inject a protomodel into fakes, walk them, count the walkers that find it"
doc: |
  With toy: true the embedded toy database and its planted protomodel (CI runs this on every push through
  ci/run-cwl.sh with closure-toy-job.yml). The tool exits 1, and the step fails, when the recovery rate is below
  min_recovery. Step contract: docs/cli.md.
$namespaces:
  reana: http://reana.io
hints:
  DockerRequirement:
    dockerPull: protomodel@sha256:9a57a3a97a632b9571d626979f1aa37db7f3f69df8d2ab54d81d6ca476bb4cbd
  reana:
    kubernetes_memory_limit: "4Gi"
baseCommand: [protomodel, closure]
arguments:
  - {prefix: --out, valueFrom: closure-run, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  toy:
    type: boolean
    default: false
    doc: the embedded toy database and its planted protomodel
    inputBinding: {prefix: --toy, position: 1}
  database:
    type: Directory?
    doc: an ingest folder (with inject)
    inputBinding: {prefix: --database, valueFrom: $(self.path)/database.json, position: 2}
  inject:
    type: File?
    doc: the protomodel to inject
    inputBinding: {prefix: --inject, position: 3}
  fakes:
    type: int?
    inputBinding: {prefix: --fakes, position: 4}
  walkers:
    type: int?
    inputBinding: {prefix: --walkers, position: 5}
  steps:
    type: int?
    inputBinding: {prefix: --steps, position: 6}
  seed:
    type: int?
    inputBinding: {prefix: --seed, position: 7}
  profile:
    type: string?
    inputBinding: {prefix: --profile, position: 8}
  min_recovery:
    type: double?
    inputBinding: {prefix: --min-recovery, position: 9}
outputs:
  dir:
    type: Directory
    doc: ingest/ (toy), fakes/, walks/fake-NNNN/, closure/closure.json with every walker's outcome
    outputBinding: {glob: closure-run}
  summary:
    type: File
    doc: one line per walker and the recovery rate (stdout)
    outputBinding: {glob: closure.stdout}
stdout: closure.stdout
stderr: closure.log
