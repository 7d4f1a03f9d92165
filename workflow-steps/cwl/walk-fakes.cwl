cwlVersion: v1.2
class: CommandLineTool
id: walk-fakes
label: "protomodel walk --fakes --fake-range FROM:TO: the walks on a range of SM fakes in one job (the fan-out of the global p-value)"
doc: |
  The ingest and fakes folders are staged as ingest/ and fakes/, so the overlays fakes/fakes/fake-NNNN.json find
  their database at ../../ingest/database.json as in `protomodel pipeline`. One job reads the database once and
  walks the fakes FROM..TO-1 in turn (triangulations shared), each into fakewalks/fake-NNNN/ with the seed
  seed x 1000003 + N + 1 (WalkInputs.seedForFake), the bytes a separate walk on that fake gives. fake_chunks
  ranges (walker-ranges.cwl over nfakes) trade job count against job length; one fake per job is fake_chunks =
  nfakes.
$namespaces:
  reana: http://reana.io
hints:
  DockerRequirement:
    dockerPull: protomodel@sha256:9a57a3a97a632b9571d626979f1aa37db7f3f69df8d2ab54d81d6ca476bb4cbd
  reana:
    kubernetes_memory_limit: "6Gi"
requirements:
  InlineJavascriptRequirement: {}
  InitialWorkDirRequirement:
    listing:
      - {entryname: ingest, entry: $(inputs.ingest)}
      - {entryname: fakes, entry: $(inputs.fakes)}
baseCommand: [protomodel, walk]
arguments:
  - {prefix: --fakes, valueFrom: fakes/fakes.json, position: 0}
  - {prefix: --out, valueFrom: fakewalks, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest: {type: Directory, doc: "ingest/ from ingest.cwl"}
  fakes: {type: Directory, doc: "fakes/ from fakes.cwl"}
  fake_range:
    type: string
    doc: FROM:TO, the fakes with index FROM..TO-1
    inputBinding: {prefix: --fake-range, position: 1}
  seed:
    type: int
    doc: the pipeline seed (each fake's walk seed is derived from it)
    inputBinding: {prefix: --seed, position: 2}
  walkers:
    type: int?
    inputBinding: {prefix: --walkers, position: 3}
  steps:
    type: int?
    inputBinding: {prefix: --steps, position: 4}
  profile:
    type: string?
    doc: paper2020, v2 or efficient (tool default v2)
    inputBinding: {prefix: --profile, position: 5}
outputs:
  dirs:
    type: Directory[]
    doc: fakewalks/fake-NNNN/ of the range, each with hiscores.json, history.jsonl, checkpoints/, walk.manifest.json
    outputBinding: {glob: fakewalks/fake-*}
stdout: walk.stdout
stderr: walk.log
