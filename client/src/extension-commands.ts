import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

/**
 * A client registers a VS Code command for each command its server offers, and VS Code
 * refuses a second registration of the same id: with one server per folder, the second
 * server would fail to start. Commands the extension answers itself (it shows
 * `connectlint.explain` in a read-only editor, asking any server for the text) are
 * registered once by the extension and left out of each client's registration.
 */
export function leaveCommandsToExtension(
  client: LanguageClient,
  commands: readonly string[],
): void {
  const feature = client.getFeature(ExecuteCommandRequest.method);
  const register = feature.register.bind(feature);
  feature.register = (data) =>
    register({
      ...data,
      registerOptions: {
        ...data.registerOptions,
        commands: data.registerOptions.commands.filter((command) => !commands.includes(command)),
      },
    });
}
