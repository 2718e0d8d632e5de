import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-executive/",
      "screenshots/",
      ".tmp/",
      "node_modules/",
      "src/.observablehq/",
      "data/.work/",
      "bench/.out/",
      "test/.out/"
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", varsIgnorePattern: "^_"}],
      "no-constant-condition": ["error", {checkLoops: false}]
    }
  },
  {
    files: ["src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {group: ["node:*", "fs", "path", "child_process", "@duckdb/*"], message: "src/lib is pure and IO-free"}
          ]
        }
      ]
    }
  }
);
