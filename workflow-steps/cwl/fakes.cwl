cwlVersion: v1.2
class: CommandLineTool
id: fakes
label: "protomodel fakes: Standard-Model-only fake databases (observation overlays)"
doc: |
  Fake i draws from jump i of the seed's stream. The ingest folder is staged as ingest/ and the output
  written to fakes/, the layout of `protomodel pipeline`, so that each overlay's relative path to its database
  (../../ingest/database.json) is the same here, in the image and on REANA. Step contract: docs/cli.md.
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
baseCommand: [protomodel, fakes]
arguments:
  - {prefix: --database, valueFrom: ingest/database.json, position: 0}
  - {prefix: --out, valueFrom: fakes, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  ingest:
    type: Directory
    doc: the ingest/ folder (database.json, ...), staged as ingest/
  count:
    type: int?
    doc: number of fakes (tool default 10)
    inputBinding: {prefix: --count, position: 1}
  seed:
    type: int?
    doc: seed (tool default 1)
    inputBinding: {prefix: --seed, position: 2}
  fudge:
    type: double?
    doc: scale every background uncertainty by this factor (tool default 1)
    inputBinding: {prefix: --fudge, position: 3}
outputs:
  dir:
    type: Directory
    doc: fakes.json (index with the seed of each fake), fakes/fake-NNNN.json, fakes.manifest.json
    outputBinding: {glob: fakes}
  files:
    type: File[]
    doc: the fake overlays fakes/fakes/fake-NNNN.json, in name order (the scatter of the fakes' walks)
    outputBinding: {glob: fakes/fakes/fake-*.json}
stdout: fakes.stdout
stderr: fakes.log
