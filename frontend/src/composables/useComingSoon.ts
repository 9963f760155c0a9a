/**
 * useComingSoon explains, in a small dialog, that a feature arrives in a
 * later release — so a placeholder action never looks broken.
 */
import { useDialog } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { MessageSchema } from '@/i18n/schema'

export function useComingSoon() {
  const dialog = useDialog()
  const { t } = useI18n<{ message: MessageSchema }>()

  return (feature: string): void => {
    dialog.create({
      title: t('common.comingSoonTitle'),
      content: t('common.comingSoonBody', { feature }),
      showIcon: false,
      positiveText: t('common.ok'),
      positiveButtonProps: { type: 'primary' },
    })
  }
}
