import { describe, expect, it } from "vitest";
import { currentTrace, traceScenario, type ExchangeTags } from "./scenario-trace.js";

describe("scenario trace", () => {
  it("is the scenario's own in its async context, across awaits, and absent outside", async () => {
    expect(currentTrace()).toBeUndefined();
    const seen = await Promise.all(
      ["a", "b"].map((id) =>
        traceScenario(id, async () => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          return currentTrace()?.scenario;
        }),
      ),
    );
    expect(seen).toEqual(["a", "b"]);
  });

  it("attributes a verdict to the exchanges sent since the previous verdict, and consecutive verdicts to the same ones", async () => {
    const first: ExchangeTags = {};
    const second: ExchangeTags = {};
    const third: ExchangeTags = {};
    await traceScenario("cancel-running-ends-cancelled", async () => {
      const trace = currentTrace()!;
      trace.record(first);
      trace.record(second);
      trace.verdict("statusCodeConformance", false);
      trace.verdict("cancelBodyAccepted", true);
      trace.record(third);
      trace.verdict("cancelEndedOperation", false);
    });
    expect(first).toEqual({ scenario: "cancel-running-ends-cancelled", checks: ["statusCodeConformance", "cancelBodyAccepted"], failedChecks: ["cancelBodyAccepted"] });
    expect(second).toEqual(first);
    expect(third).toEqual({ scenario: "cancel-running-ends-cancelled", checks: ["cancelEndedOperation"] });
  });
});
