/** The one channel main uses to talk to the window: menu commands and files opened by the OS. */
export const MENU_CHANNEL = 'menu:command';
