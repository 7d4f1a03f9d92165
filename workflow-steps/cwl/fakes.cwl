cwlVersion: v1.2
class: CommandLineTool
id: fakes
label: "protomodel fakes: Standard-Model-only fake databases (observation overlays)"
doc: |
  Fake i draws from jump i of the seed's stream, so one step with --count N gives the same fakes as any split
  of the work. Step contract: docs/cli.md.
$namespaces:
  reana: http://reana.io
hints:
  DockerRequirement:
    dockerPull: protomodel@sha256:92f80a843893473a7a08ee22bf7bf6d3d42680e8392cef8e5ef1172e4790668c
  reana:
    kubernetes_memory_limit: "4Gi"
baseCommand: [protomodel, fakes]
arguments:
  - {prefix: --out, valueFrom: out, position: 0}
  - {prefix: --progress, valueFrom: plain, position: 0}
inputs:
  database:
    type: File
    doc: database.json from ingest
    inputBinding: {prefix: --database, position: 1}
  count:
    type: int?
    doc: number of fakes (tool default 10)
    inputBinding: {prefix: --count, position: 2}
  seed:
    type: int?
    doc: seed (tool default 1)
    inputBinding: {prefix: --seed, position: 3}
  fudge:
    type: double?
    doc: scale every background uncertainty by this factor (tool default 1)
    inputBinding: {prefix: --fudge, position: 4}
outputs:
  index:
    type: File
    doc: fakes.json, the index with the seed of each fake
    outputBinding: {glob: out/fakes.json}
  overlays:
    type: Directory
    doc: fakes/fake-NNNN.json observation overlays
    outputBinding: {glob: out/fakes}
  manifest:
    type: File
    outputBinding: {glob: out/fakes.manifest.json}
stdout: fakes.stdout
stderr: fakes.log
