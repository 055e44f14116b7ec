import { useState } from 'react';
import { BackupPanel, type BackupPanelProps } from './backup-panel';
import { Popover } from './popover';

/**
 * The dashboard's "Backup" menu: the same panel as the options page's Backup section, next to "Export CSV". Closing
 * it loses nothing: a pending preview lives in the wiring and is there again when the menu reopens.
 */
export function BackupMenu(p: BackupPanelProps) {
  const [open, setOpen] = useState(false);
  return (
    <Popover label="Backup" title="Backup and restore" open={open} onOpenChange={setOpen} className="ss-backup-menu">
      <BackupPanel {...p} />
    </Popover>
  );
}
