import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='innerHTML']", message: "never inject HTML" },
        // Cell text is shown as text, never as HTML (task pane, preview).
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "never inject HTML: render cell text as text" },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: "never inject HTML: render cell text as text" },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: "never inject HTML" },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']", message: "never inject HTML" },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/functions/**", "react", "exceljs", "fs", "path", "node:*"] }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
