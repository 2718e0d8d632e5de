import assert from "node:assert/strict";
import {it} from "node:test";
import {commands} from "../../../loaders/commands/index.js";

it("commands maps each name to the command of that name, with a summary and usage", async () => {
  const names = Object.keys(commands);
  assert.ok(names.length >= 13, names.join(", "));
  for (const name of names) {
    const command = await commands[name]();
    assert.equal(command.name, name);
    assert.ok(command.summary.length > 0 && command.usage.length > 0, name);
  }
});
