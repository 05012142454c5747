/*
 * motcua: Tasklist in Vietnamese (locales/vi.json, ../../motcua/locales.js). "Bắt đầu quy
 * trình" and "Tạo công việc" appear only to users the engine lets start processes or create
 * tasks (motcua/officer-actions.js); officers do neither.
 */
import { locales, vietnamese } from '../../motcua/locales.js';

export default {
  locales,
  // The name on the login page and in the header.
  app: vietnamese ? { name: 'Công việc', vendor: 'Camunda' } : undefined,
  customScripts: ['motcua/officer-actions'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: vietnamese ? 'nhận công việc đang chọn' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: vietnamese ? 'chuyển đến bộ lọc đầu tiên' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: vietnamese
        ? 'chuyển đến công việc đầu tiên trong danh sách'
        : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: vietnamese
        ? 'chuyển đến ô nhập đầu tiên của biểu mẫu'
        : 'sets the focus to the first input field in a task form'
    }
  }
};
