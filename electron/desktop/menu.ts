// Installs the application menu built from the command table, and rebuilds it when recent projects change.
import { Menu } from 'electron';
import { menuTemplate } from './menu-template';
import type { MenuContext } from './menu-template';

/** Builds and sets the application menu for the given context. */
export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)));
}
