export { createEmailChannel, emailText, type EmailChannelOptions, type SmtpSettings } from './email-channel.ts';
