export { createSlackDoor, SLACK_COMMANDS, type SlackDoorOptions } from './app.ts';
export { renderReply, formToModal, escapeMrkdwn } from './render.ts';
