package io.podium.local.iam;

import io.podium.local.support.LocalJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IamPolicyTest {
    private static final String INVOKE = "execute-api:Invoke";
    private static final String ARN = "arn:aws:execute-api:us-east-1:000000000000:Api/v1/GET/items/42";

    private static IamPolicy policy(String json) throws IOException {
        return IamPolicy.parse(LocalJson.MAPPER.readTree(json));
    }

    @Test
    void starMatchesAcrossSlashesAndQuestionMarkOneCharacter() throws IOException {
        assertTrue(policy("""
                {"Version":"2012-10-17","Statement":[{"Action":"execute-api:Invoke","Effect":"Allow",
                 "Resource":["arn:aws:execute-api:us-east-1:000000000000:Api/v1/*"]}]}""").allows(INVOKE, ARN));
        assertTrue(policy("""
                {"Statement":{"Action":"execute-api:*","Effect":"Allow",
                 "Resource":"arn:aws:execute-api:*:*:Api/v1/GET/items/4?"}}""").allows(INVOKE, ARN));
        assertFalse(policy("""
                {"Statement":[{"Action":"execute-api:Invoke","Effect":"Allow",
                 "Resource":"arn:aws:execute-api:us-east-1:000000000000:Api/v1/GET/items/4"}]}""").allows(INVOKE, ARN));
        assertFalse(policy("""
                {"Statement":[{"Action":"execute-api:Invoke","Effect":"Allow",
                 "Resource":"arn:aws:execute-api:us-east-1:000000000000:Api/v1/POST/*"}]}""").allows(INVOKE, ARN));
    }

    @Test
    void anExplicitDenyWinsAndNothingMatchingDenies() throws IOException {
        assertFalse(policy("""
                {"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"},
                 {"Action":"execute-api:invoke","Effect":"Deny","Resource":"*/GET/items/*"}]}""").allows(INVOKE, ARN));
        assertFalse(policy("""
                {"Statement":[{"Action":"s3:GetObject","Effect":"Allow","Resource":"*"}]}""").allows(INVOKE, ARN));
        assertFalse(policy("{\"Statement\":[]}").allows(INVOKE, ARN));
    }

    @Test
    void documentsApiGatewayWouldRejectAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> IamPolicy.parse(null));
        assertThrows(IllegalArgumentException.class, () -> policy("{\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"*\",\"Resource\":\"*\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> policy("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\"}]}"));
    }
}
