import { describe, expectTypeOf, it } from "vitest";
import { createOperationsClient, type Operation, type OperationsClient } from "./index.js";
// raw is typed by the `automl-ops-kit/raw` entry, as an app that uses raw imports it.
import type {} from "./typed-raw.js";

const client: OperationsClient = createOperationsClient();
const path = { projectsId: "p", locationsId: "l", operationsId: "o" };

describe("types of the client", () => {
  it("friendly methods return the spec's types", () => {
    expectTypeOf(client.get("n")).resolves.toEqualTypeOf<Operation>();
    expectTypeOf(client.cancel("n")).resolves.toBeVoid();
    expectTypeOf(client.list("p")).toMatchTypeOf<AsyncIterable<Operation>>();
    expectTypeOf(client.listPage("p")).resolves.toHaveProperty("nextPageToken");
  });

  it("raw rejects wrong paths, methods and bodies", () => {
    // @ts-expect-error not a path of the spec
    void client.raw.GET("/v1beta1/projects/{projectsId}/operations", { params: { path } });
    // @ts-expect-error get has no POST
    void client.raw.POST("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", { params: { path } });
    // @ts-expect-error operationsId is required
    void client.raw.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", { params: { path: { projectsId: "p", locationsId: "l" } } });
    void client.raw.POST("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}:wait", {
      params: { path },
      // @ts-expect-error timeout is a Duration string
      body: { timeout: 5 },
    });
    void client.raw.POST("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}:cancel", {
      params: { path },
      // @ts-expect-error CancelOperationRequest has no fields
      body: { force: true },
    });
    void client.raw.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations", {
      // @ts-expect-error pageSize is a number
      params: { path, query: { pageSize: "10" } },
    });
  });

  it("friendly methods reject wrong option types", () => {
    // @ts-expect-error timeout is a Duration string or milliseconds
    void client.wait("n", { timeout: true });
    // @ts-expect-error pageSize is a number
    void client.listPage("p", { pageSize: "5" });
    // @ts-expect-error retry is options or false
    createOperationsClient({ retry: true });
    // @ts-expect-error token is a string or a function
    createOperationsClient({ token: 42 });
  });
});
