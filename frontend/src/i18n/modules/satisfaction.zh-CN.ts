/** Messages of the satisfaction dashboard section (zh-CN, the schema source). */
const satisfaction = {
  messages: {
    title: '',
  },
  errors: {},
}

export default satisfaction
