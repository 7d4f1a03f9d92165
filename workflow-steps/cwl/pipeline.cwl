cwlVersion: v1.2
class: Workflow
id: pipeline
label: "protomodels pipeline: the stages that exist so far (ingest -> fakes)"
doc: |
  Run locally with ci/run-cwl.sh, on REANA through reana.yaml at the repository root.
  Later stages (likelihoods, combine, walk scattered over walker seeds, pvalues, report) are wired in as
  they land; the scatter layout is documented in docs/workflow.md.
$namespaces:
  reana: http://reana.io
inputs:
  toy:
    type: boolean
    default: false
    doc: ingest the embedded synthetic toy database instead of real inputs
  smodels_db: Directory[]?
  hepdata: Directory[]?
  catalogue: File?
  xsec: Directory?
  combinations: Directory?
  nfakes:
    type: int
    default: 10
    doc: number of Standard-Model-only fake databases
  seed:
    type: int
    default: 1
    doc: master seed of the fakes
  fudge: double?
steps:
  ingest:
    run: ingest.cwl
    in:
      toy: toy
      smodels_db: smodels_db
      hepdata: hepdata
      catalogue: catalogue
      xsec: xsec
      combinations: combinations
    out: [database, report, manifest]
  fakes:
    run: fakes.cwl
    in:
      database: ingest/database
      count: nfakes
      seed: seed
      fudge: fudge
    out: [index, overlays, manifest]
outputs:
  database:
    type: File
    outputSource: ingest/database
  ingest_report:
    type: File
    outputSource: ingest/report
  ingest_manifest:
    type: File
    outputSource: ingest/manifest
  fakes_index:
    type: File
    outputSource: fakes/index
  fake_overlays:
    type: Directory
    outputSource: fakes/overlays
  fakes_manifest:
    type: File
    outputSource: fakes/manifest
