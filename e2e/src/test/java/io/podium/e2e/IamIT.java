package io.podium.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local runtime enforces each function's IAM policy from the template: a permission missing from template.yaml fails
 * locally as it would on AWS, not first after a deploy.
 */
@ExtendWith(SharedPodium.class)
class IamIT {
    private static final Path TEMPLATE = Path.of(System.getProperty("podium.root", "..")).resolve("template.yaml");
    private static final String SUBMIT_SCORES_POLICIES =
            "      Handler: io.podium.api.scores.SubmitScoresHandler::handleRequest\n      Policies:\n";
    /** SubmitScoresFunction's permission to write the Scores table, its first policy. */
    private static final String SCORES_WRITE = "        - DynamoDBWritePolicy:\n            TableName: !Ref ScoresTable\n";

    @Test
    void aCallTheFunctionsPolicyNoLongerAllowsIsRefusedAndLoggedWithTheFunction(LocalPodium original, @TempDir Path dir)
            throws IOException {
        String batch = Tenant.batch("eco", "2026-03-01", "d1", "10");
        assertEquals(200, Tenant.create(original).submit(batch).status(), "the project's template allows the write");

        String template = Files.readString(TEMPLATE);
        String withoutWrite = template.replace(SUBMIT_SCORES_POLICIES + SCORES_WRITE, SUBMIT_SCORES_POLICIES);
        assertNotEquals(template, withoutWrite, "the template no longer declares the permission this test removes");
        Path copy = Files.writeString(dir.resolve("template.yaml"), withoutWrite);

        try (LocalPodium podium = LocalPodium.inMemory(copy)) {
            Response refused = Tenant.create(podium).submit(batch);
            assertEquals(500, refused.status(), refused + "\n" + podium.output());
            String output = podium.output();
            // Its scores go in with a transaction, whose puts need dynamodb:PutItem on the table.
            assertTrue(output.contains("AccessDeniedException: SubmitScoresFunction may not dynamodb:PutItem on"
                    + " arn:aws:dynamodb:us-east-1:000000000000:table/podium-local-ScoresTable"), output);
            // What the function itself was told, which it logs with its 500: AWS's message.
            assertTrue(output.contains("assumed-role/SubmitScoresFunctionRole/podium-local-SubmitScoresFunction is not"
                    + " authorized to perform: dynamodb:PutItem on resource"), output);
            assertFalse(output.contains("SubmitScoresFunction may not dynamodb:GetItem"), "the reads it keeps still work");
        }
    }
}
