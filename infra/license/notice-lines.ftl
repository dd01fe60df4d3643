<#-- The third-party list of one jar, one line per bundled component, in the form NOTICE lists it:
     "  groupId:artifactId version licence[, licence...]". Written by license-maven-plugin (add-third-party)
     to target/generated-sources/license/THIRD-PARTY.txt; the module's NoticeTest checks that NOTICE lists the same lines.
     Licence names are the SPDX ids the root pom's licenseMerges map them to. -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
  ${p.groupId}:${p.artifactId} ${p.version} ${e.getValue()?join(", ")}
</#list>
