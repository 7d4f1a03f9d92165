cwlVersion: v1.2
class: CommandLineTool
id: walk-fake
label: "protomodel walk on one SM fake (one scatter job per fake, for the global p-value)"
doc: |
  The ingest and fakes folders are staged as ingest/ and fakes/, so the overlay fakes/fakes/fake-NNNN.json finds
  its database at ../../ingest/database.json as in `protomodel pipeline`. The walk's seed is derived from the
  pipeline seed and the fake's number (seed x 1000003 + N + 1, WalkInputs.seedForFake); the output folder is
  fake-NNNN/.
$namespaces:
  reana: http://reana.io
hints:
  DockerRequirement:
    dockerPull: protomodel@sha256:9a57a3a97a632b9571d626979f1aa37db7f3f69df8d2ab54d81d6ca476bb4cbd
  reana:
    kubernetes_memory_limit: "4Gi"
requirements:
  InlineJavascriptRequirement: {}
  InitialWorkDirRequirement:
    listing:
      - {entryname: ingest, entry: $(inputs.ingest)}
      - {entryname: fakes, entry: $(inputs.fakes)}
baseCommand: [protomodel, walk]
arguments:
  - {prefix: --database, valueFrom: "fakes/fakes/$(inputs.fake.basename)", position: 0}
  - {prefix: --out, valueFrom: "$(inputs.fake.nameroot)", position: 0}
  - {prefix: --seed, valueFrom: "$(inputs.seed * 1000003 + parseInt(inputs.fake.nameroot.substring(5), 10) + 1)", position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest: {type: Directory, doc: "ingest/ from ingest.cwl"}
  fakes: {type: Directory, doc: "fakes/ from fakes.cwl"}
  fake:
    type: File
    doc: one fake overlay (fakes/fakes/fake-NNNN.json); only its name is used, the folder is staged whole
  seed: {type: int, doc: "the pipeline seed"}
  walkers:
    type: int?
    inputBinding: {prefix: --walkers, position: 1}
  steps:
    type: int?
    inputBinding: {prefix: --steps, position: 2}
  profile:
    type: string?
    inputBinding: {prefix: --profile, position: 3}
outputs:
  dir:
    type: Directory
    doc: fake-NNNN/ with hiscores.json, history.jsonl, checkpoints/, walk.manifest.json
    outputBinding: {glob: $(inputs.fake.nameroot)}
stdout: walk.stdout
stderr: walk.log
