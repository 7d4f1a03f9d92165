// A missing input fails the build naming the option and the path, and leaves no output behind.
def log = new File(basedir, 'build.log').text
assert log.contains('--smodels-db') && log.contains('no-such-database: no such file or folder')
assert !new File(basedir, 'target/ingest/database.json').exists()
return true
