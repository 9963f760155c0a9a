/** Messages of the verbatim themes (zh-CN, the schema source). */
const themes = {
  messages: {
    title: '',
  },
  errors: {},
}

export default themes
