// An artifactId with '/': the plugin generates into team/leases; both directories must go.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'artifactId' = 'team/leases' is not a valid Maven artifactId", [])
