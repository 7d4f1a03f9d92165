cwlVersion: v1.2
class: Workflow
id: pipeline
label: "protomodels pipeline: ingest, then the analysis (fakes, pvalues, report)"
doc: |
  The CWL twin of `protomodel pipeline`: the outputs are the folders ingest/, fakes/, pvalues/, report/ that
  `protomodel pipeline --out DIR` writes, byte for byte. Run locally with ci/run-cwl.sh, on REANA through
  reana.yaml. Stages still to come (likelihoods, combine, walk scattered over walker seeds) are wired in as they
  land; the scatter layout is documented in docs/workflow.md.
requirements:
  SubworkflowFeatureRequirement: {}
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
  hepdata_schemas: Directory?
  nfakes:
    type: int
    default: 20
    doc: number of Standard-Model-only fake databases (as `protomodel pipeline --fakes`)
  seed:
    type: int
    default: 1
    doc: seed of every random stage (as `protomodel pipeline --seed`)
  fudge: double?
  error_scale: double?
  subsets: string[]?
steps:
  read_results:
    run: ingest.cwl
    in:
      toy: toy
      smodels_db: smodels_db
      hepdata: hepdata
      catalogue: catalogue
      xsec: xsec
      combinations: combinations
      hepdata_schemas: hepdata_schemas
    out: [dir]
  analyse:
    run: analysis.cwl
    in:
      ingest: read_results/dir
      nfakes: nfakes
      seed: seed
      fudge: fudge
      error_scale: error_scale
      subsets: subsets
    out: [fakes, pvalues, report]
outputs:
  ingest:
    type: Directory
    outputSource: read_results/dir
  fakes:
    type: Directory
    outputSource: analyse/fakes
  pvalues:
    type: Directory
    outputSource: analyse/pvalues
  report:
    type: Directory
    outputSource: analyse/report
