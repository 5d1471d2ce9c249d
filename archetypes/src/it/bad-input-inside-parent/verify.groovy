// Inside a pom-packaged parent the plugin lists the new module in the parent before the script runs;
// on bad input the script takes that entry out again and removes the module directory.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'moduleName' = 'class' is a reserved Java word", ['pom.xml', 'billing/pom.xml'])
def parent = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
assert parent.modules.module*.text() == ['billing']
