cwlVersion: v1.2
class: CommandLineTool
id: walk-part
label: "protomodel walk --walker-range FROM:TO: some walkers of one walk on the data (one scatter job per part)"
doc: |
  Walkers FROM..TO-1 of the N-walker run with this seed; walker i draws from jump i of the seed's stream, so its
  history is that of the full run. The output folder walkers-FROM-TO/ is a partial walk (hiscores.json with
  walkerRange and each walker's own top 10); walk-merge.cwl joins the parts into the full run's walk/ folder, byte
  for byte. Formats: docs/walk.md ("Splitting one walk over machines").
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
baseCommand: [protomodel, walk]
arguments:
  - {prefix: --database, valueFrom: ingest/database.json, position: 0}
  - {prefix: --out, valueFrom: "walkers-$(inputs.walker_range.replace(':', '-'))", position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest:
    type: Directory
    doc: the ingest/ folder, staged as ingest/
  walker_range:
    type: string
    doc: FROM:TO, the walkers FROM..TO-1 of this part (TO exclusive)
    inputBinding: {prefix: --walker-range, position: 1}
  walkers:
    type: int
    doc: number of walkers N of the whole run (not of the part)
    inputBinding: {prefix: --walkers, position: 2}
  steps:
    type: int?
    doc: steps per walker (tool default 1000)
    inputBinding: {prefix: --steps, position: 3}
  seed:
    type: int?
    doc: seed of the whole run (tool default 1)
    inputBinding: {prefix: --seed, position: 4}
  profile:
    type: string?
    doc: paper2020, v2 or efficient (tool default v2)
    inputBinding: {prefix: --profile, position: 5}
  threads:
    type: int?
    doc: worker threads (never changes the result)
    inputBinding: {prefix: --threads, position: 6}
outputs:
  dir:
    type: Directory
    doc: walkers-FROM-TO/ with hiscores.json, history.jsonl, checkpoints/, walk.manifest.json
    outputBinding: {glob: "walkers-$(inputs.walker_range.replace(':', '-'))"}
stdout: walk.stdout
stderr: walk.log
