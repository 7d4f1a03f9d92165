cwlVersion: v1.2
class: CommandLineTool
id: walk
label: "protomodel walk: random walks over protomodels on the data (hiscores.json, history.jsonl)"
doc: |
  N walkers of M steps on ingest/database.json; walker i draws from jump i of the seed's stream, so the result
  does not depend on --threads. Step contract: docs/cli.md; formats: docs/walk.md.
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
baseCommand: [protomodel, walk]
arguments:
  - {prefix: --database, valueFrom: ingest/database.json, position: 0}
  - {prefix: --out, valueFrom: walk, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest:
    type: Directory
    doc: the ingest/ folder, staged as ingest/
  walkers:
    type: int?
    doc: number of walkers (tool default 10)
    inputBinding: {prefix: --walkers, position: 1}
  steps:
    type: int?
    doc: steps per walker (tool default 1000)
    inputBinding: {prefix: --steps, position: 2}
  seed:
    type: int?
    doc: seed (tool default 1)
    inputBinding: {prefix: --seed, position: 3}
  profile:
    type: string?
    doc: paper2020, v2 or efficient (tool default v2)
    inputBinding: {prefix: --profile, position: 4}
  threads:
    type: int?
    doc: worker threads (never changes the result)
    inputBinding: {prefix: --threads, position: 5}
outputs:
  dir:
    type: Directory
    doc: hiscores.json, history.jsonl, checkpoints/, walk.manifest.json
    outputBinding: {glob: walk}
stdout: walk.stdout
stderr: walk.log
